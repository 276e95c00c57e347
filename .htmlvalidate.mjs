// Rules for validating every built page (test/build/html-valid.test.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The search results are a listbox of rich options (title, excerpt, sub-result links), which a
    // native <select> cannot hold; every other role must still prefer its native element.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
