// Rules for validating every built page (test/build/html-valid.test.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours each token through CSS variables in a style attribute (both themes, no
    // JavaScript); moving them to classes would mean a stylesheet per theme per token.
    'no-inline-style': 'off',
    // The search results are a listbox of rich options (title, excerpt, sub-result links), which a
    // native <select> cannot hold; every other role must still prefer its native element.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
