// Canvas text does not re-render when a font arrives: the labels' glyphs are loaded before the first draw.
// The system's CJK font is preferred (fonts.css); without one, the Noto Sans SC web font is fetched on demand.
import "./fonts.css";

const FAMILIES = `"RG Sans", "Noto Sans SC"`;

async function systemFontPresent(): Promise<boolean> {
  try {
    const faces = await document.fonts.load(`400 13px "RG Sans"`, "韧");
    return faces.some((f) => f.status === "loaded");
  } catch {
    return false;
  }
}

/** Resolves when the glyphs of `labels` are ready (or after 8 s: a missing font only costs fallback glyphs). */
export async function loadFonts(labels: string[]): Promise<void> {
  const chars = [...new Set(labels.join(""))].join("");
  const timeout = new Promise<void>((r) => setTimeout(r, 8_000));
  const ready = (async () => {
    if (!(await systemFontPresent())) {
      await Promise.all([import("@fontsource/noto-sans-sc/400.css"), import("@fontsource/noto-sans-sc/500.css")]);
    }
    // A face whose local() names are all missing rejects its load: the other families still serve.
    await Promise.all([400, 500].map((w) => document.fonts.load(`${w} 13px ${FAMILIES}`, chars).catch(() => [])));
  })();
  await Promise.race([ready, timeout]);
}
