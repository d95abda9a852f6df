/**
 * How far the checks let a widget go before they call it a problem, in one
 * place, each with its reason.
 */

/** Tolerances, and why. */
export const TOLERANCE = {
  /**
   * Inside and clipped: 1 px. Boxes are fractional and the browser snaps
   * painting to device pixels, so a box may poke out by a fraction of a
   * pixel without anything being cut off or painted outside.
   */
  edge: 1,
  /**
   * Overlap: more than 2 px in both axes. Word boxes of neighbouring inline
   * runs touch and may overlap by a fraction of a pixel (kerning across
   * elements, side bearings, italics); 2 px is less than a glyph's stem, so
   * anything larger is glyphs on glyphs. SVG labels with a halo (a wide
   * background-coloured stroke painted under the fill) are measured by their
   * fill box, which leaves the halo out: halos may cover other things, which
   * is what they are for, but the letters may not.
   */
  overlap: 2,
  /** The smallest text readers are given. */
  minFontSize: 11,
  /**
   * Hidden: an element covers text when what it paints there is at least half
   * opaque. A translucent tint (a map area's 16 % fill) leaves the words
   * readable; a background, an image or the inked pixels of a canvas do not.
   */
  opaque: 0.5,
} as const;
