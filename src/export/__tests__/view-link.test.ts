import { describe, expect, test } from 'vitest';
import { viewLink, type PageLocation } from '../view-link';

const at = (href: string): PageLocation => {
  const u = new URL(href);
  return { protocol: u.protocol, href: u.href, pathname: u.pathname, search: u.search };
};

describe('the link a QR code encodes', () => {
  test('is the page itself when served over http(s), whatever the build setting', () => {
    const href = 'https://example.org/atlas/?place=shanghai&scenarios=ports,mines';
    expect(viewLink(at(href), 'https://elsewhere.example/')).toEqual({ kind: 'url', url: href });
    expect(viewLink(at('http://127.0.0.1:4173/?place=wuhan'), '')).toEqual({
      kind: 'url',
      url: 'http://127.0.0.1:4173/?place=wuhan',
    });
  });
  test('is the hosted address from the build with the view query for the offline file', () => {
    const file = at('file:///home/me/Downloads/icv-atlas-offline.html?place=shanghai&lang=zh');
    expect(viewLink(file, 'https://owner.github.io/icv-atlas/')).toEqual({
      kind: 'url',
      url: 'https://owner.github.io/icv-atlas/?place=shanghai&lang=zh',
    });
    // The build setting's own query and fragment are replaced by the view's.
    expect(viewLink(at('file:///x/icv-atlas-offline.html'), 'https://h.example/a/?old=1#top')).toEqual({
      kind: 'url',
      url: 'https://h.example/a/',
    });
  });
  test('is no URL without a hosted address: the file name and query are printed instead', () => {
    const file = at('file:///home/me/Downloads/icv-atlas-offline.html?place=shanghai');
    expect(viewLink(file, '')).toEqual({ kind: 'text', text: 'icv-atlas-offline.html?place=shanghai' });
    expect(viewLink(file, 'not a url')).toEqual({
      kind: 'text',
      text: 'icv-atlas-offline.html?place=shanghai',
    });
  });
});
