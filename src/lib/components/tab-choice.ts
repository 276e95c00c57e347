/**
 * Which tab a group shows, decided the same way on every page: a value in the URL
 * (`?os=windows`, the parameter named by the group's `syncKey`), else the reader's saved choice,
 * else the first tab. Values the group does not have are ignored. Runs in the browser
 * (`src/client/tabs.ts`); kept here, without the DOM, so it is unit-tested.
 */

/** The `localStorage` key a synced group's choice is saved under. */
export function tabStorageKey(syncKey: string): string {
  return `docs-tabs:${syncKey}`;
}

/** The value to show: from the URL, else saved, else the first; each only if the group has it. */
export function chooseTab(values: readonly string[], fromUrl: string | null, saved: string | null): string | undefined {
  return [fromUrl, saved].find((v): v is string => v !== null && values.includes(v)) ?? values[0];
}

/** The tab index a key moves focus to (Left, Right, Home, End; Left and Right wrap), or null for other keys. */
export function tabIndexAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'ArrowRight':
      return (index + 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
