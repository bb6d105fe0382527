"""Makes the card fonts from Source Sans 3 (SIL Open Font Licence 1.1, OFL.txt).

The share cards and chart PNGs are drawn with resvg, which reads the whole font file for every image; a subset to
the Latin script and common punctuation is about an eighth of the size and makes each image several milliseconds
cheaper to draw. A subset is a Modified Version under the licence, which reserves the name "Source", so the family
is renamed "Inspection Sans". Characters outside the subset are refused by the content check at their line (src/lib/checking/card-glyphs.ts).

Run with Debian's python3-fonttools, from the project folder, on the two TTFs of the npm package
@expo-google-fonts/source-sans-3 (0.4.1):
  /usr/bin/python3 src/assets/fonts/subset.py <400Regular.ttf> <700Bold.ttf>
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "Inspection Sans"
# Latin with its combining accents, Greek, general punctuation, super- and subscripts, currency, letterlike symbols,
# number forms, arrows, mathematical operators, technical symbols, shapes, symbols and dingbats: every character of
# these blocks the font has (about twice the bytes of Latin alone). What the font lacks (emoji) the content check
# refuses at its line (src/lib/checking/card-glyphs.ts).
UNICODES = (
    "U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF,"
    "U+2100-214F,U+2150-218F,U+2190-21FF,U+2200-22FF,U+2300-23FF,U+25A0-25FF,U+2600-26FF,U+2700-27BF"
)

for source, style, out in [(sys.argv[1], "Regular", "InspectionSans-Regular.ttf"), (sys.argv[2], "Bold", "InspectionSans-Bold.ttf")]:
    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    names = font["name"]
    for record in names.names:
        if record.nameID == 1:
            record.string = FAMILY
        elif record.nameID == 3:
            record.string = f"{FAMILY} {style}; subset of Source Sans 3"
        elif record.nameID == 4:
            record.string = f"{FAMILY} {style}"
        elif record.nameID == 6:
            record.string = f"InspectionSans-{style}"
    names.names = [r for r in names.names if r.nameID not in (16, 17, 21, 22)]
    font.save(f"src/assets/fonts/{out}")
