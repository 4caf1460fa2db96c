// The link a QR code and a citation give for the view: the page's own address when it is served over
// http(s); for the offline file, the hosted address set at build time (ICV_ATLAS_URL) with the view's
// query; with neither, no URL, and the file name with the query printed instead.
export type ViewLink = { kind: 'url'; url: string } | { kind: 'text'; text: string };

export interface PageLocation {
  protocol: string;
  href: string;
  pathname: string;
  search: string;
}

export function viewLink(loc: PageLocation, hostedUrl: string): ViewLink {
  if (loc.protocol === 'http:' || loc.protocol === 'https:') return { kind: 'url', url: loc.href };
  const hosted = hostedUrl.trim();
  if (/^https?:\/\//i.test(hosted)) {
    try {
      const url = new URL(hosted);
      url.search = loc.search;
      url.hash = '';
      return { kind: 'url', url: url.href };
    } catch {
      // An unparsable build setting: fall through to the printed link.
    }
  }
  const file = decodeURIComponent(loc.pathname.split('/').pop() ?? '');
  return { kind: 'text', text: `${file}${loc.search}` };
}
