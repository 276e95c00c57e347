import { z } from 'astro/zod';

/**
 * Frontmatter of every page in `content/`. Used by the Astro collection and by `npm run check`,
 * so both reject the same pages. Unknown keys are errors: a typo must not pass silently.
 * `minutes`, `prerequisites` and `outcomes` are optional here and required on a series part by
 * the `part-fields` content rule, which can name the `part:` line.
 */
export const frontmatterSchema = z
  .object({
    /** Page title, shown as the heading, in breadcrumbs and in search results. */
    title: z.string().trim().min(1, 'must not be empty'),
    /** One sentence on what the page covers: used in series listings, search and link previews. */
    description: z.string().trim().min(1, 'must not be empty'),
    /** Position among the pages of the same folder (lower first); pages without it follow, by title. */
    order: z.number().int().optional(),
    /** On a folder's `index.mdx`: the folder's pages form a numbered series (Part 1 of N). */
    series: z.boolean().optional(),
    /** In a series folder: this page's part number, 1 to N with no gaps. */
    part: z.number().int().min(1).optional(),
    /** Short label for navigation where the title is long (breadcrumbs, series list). */
    navLabel: z.string().trim().min(1).optional(),
    /** A series part: about how long it takes, in whole minutes ("About 20 minutes"). */
    minutes: z.number().int().positive().optional(),
    /** A series part: what the reader needs before starting; plain text, `inline code` allowed. */
    prerequisites: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'needs at least one item').optional(),
    /** A series part: what the reader has at the end of it ("You will have"). */
    outcomes: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'needs at least one item').optional(),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
