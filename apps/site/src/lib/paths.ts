/** Where a track's guide lives, from its ids alone (so a browser page needs no registry for it). */

/** A track's id without its edition's prefix: `shangyu-2023-3/exceptional-a` → `exceptional-a`. */
export const slugOf = (edition: string, track: string): string =>
  track.startsWith(`${edition}/`) ? track.slice(edition.length + 1) : track

/** `/guides/<edition>/<track slug>/`, the locale-free path of a track's guide. */
export const guidePathOf = (edition: string, track: string): string =>
  `/guides/${edition}/${slugOf(edition, track)}/`
