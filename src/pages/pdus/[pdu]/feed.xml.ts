import type { APIRoute, GetStaticPaths } from 'astro';
import { letterVersions, siteModel } from '../../../data/site';
import type { PduRecord } from '../../../lib/model/site-model';
import { atomFeed, lettersOfPdu, pduFeedScope } from '../../../lib/publishing/feed';
import { siteConfig } from '../../../site.config';

export const getStaticPaths: GetStaticPaths = async () =>
  (await siteModel()).pdus.map((pdu) => ({ params: { pdu: pdu.id }, props: { pdu } }));

/** An Atom feed of the letters that inspected the PDU, newest first. */
export const GET: APIRoute = async ({ props }) => {
  const { pdu } = props as { pdu: PduRecord };
  return new Response(atomFeed(lettersOfPdu(pdu), siteConfig, await letterVersions(), pduFeedScope(pdu)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
