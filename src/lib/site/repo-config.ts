/** Where the site's source lives, for "Edit this page" links; read in one place. */
export interface RepoConfig {
  /** Repository web URL, without a trailing slash. */
  url: string;
  branch: string;
}

export const DEFAULT_REPO: RepoConfig = {
  url: 'https://github.com/docker-get-started/docs',
  branch: 'main',
};

/** Reads `REPO_URL` and `REPO_BRANCH`, falling back to the project's repository. */
export function repoConfigFromEnv(env: Record<string, string | undefined>): RepoConfig {
  return {
    url: (env.REPO_URL || DEFAULT_REPO.url).replace(/\/+$/, ''),
    branch: env.REPO_BRANCH || DEFAULT_REPO.branch,
  };
}

/** The GitHub edit URL of a file given by its path from the repository root. */
export function editUrl(repo: RepoConfig, repoPath: string): string {
  const path = repoPath.replace(/^\.?\/+/, '').split('/').map(encodeURIComponent).join('/');
  return `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${path}`;
}
