// Runs before first paint (render-blocking, served as a file for the CSP): apply the stored theme.
(function (d) {
  try {
    var t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') d.dataset.theme = t;
  } catch (e) {}
  d.classList.add('js');
})(document.documentElement);
