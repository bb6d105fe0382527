"""Makes the card fonts from Source Sans 3 (SIL Open Font Licence 1.1, OFL.txt).

The share cards and chart PNGs are drawn with resvg, which reads the whole font file for every image; a subset to
the Latin script and common punctuation is about an eighth of the size and makes each image several milliseconds
cheaper to draw. A subset is a Modified Version under the licence, which reserves the name "Source", so the family
is renamed "Inspection Sans". Characters outside the subset stop the build, naming the card (src/lib/images/card.ts).

Run with Debian's python3-fonttools, from the project folder, on the two TTFs of the npm package
@expo-google-fonts/source-sans-3 (0.4.1):
  /usr/bin/python3 src/assets/fonts/subset.py <400Regular.ttf> <700Bold.ttf>
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "Inspection Sans"
UNICODES = "U+0020-007E,U+00A0-024F,U+2010-2027,U+2030-203A,U+20AC,U+2122"

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
