/** localStorage key: ids of the saved sections, so the control can say so before its script loads. */
export const SAVED_KEY = 'docs-offline-saved';
