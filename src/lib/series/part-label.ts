/** How a series part is named wherever it is listed: `Part 2: Containers`; any other page by its title. */
export function partLabel(part: number | null, title: string): string {
  return part === null ? title : `Part ${part}: ${title}`;
}
