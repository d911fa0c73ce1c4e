/** Evidence for a progress report is a link to a document, photo or record (http or https). */
export function evidenceProblem(links: string[]): string | null {
  if (links.length > 10) return 'Attach at most 10 evidence links to one report.';
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return `"${link}" is not a link; write it as https://...`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return `"${link}" must start with http:// or https://.`;
    if (link.length > 500) return 'An evidence link may have at most 500 characters.';
  }
  return null;
}
