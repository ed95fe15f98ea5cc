"""Real pages nobody here wrote (../shared/realpages, ../shared/realhtml, ../gathered), scored
as bench/import_real.py scores them: a ratchet on what the importer already gets right.

The ratchet counts what is still wrong, so that a page missing from a folder (../gathered is
re-captured on each machine, and a capture is not always found again) can never fail it: the
ceilings are the fields read wrong, the pages that show a headline and a date but are held
for review, and the values invented, on the day they were last lowered (2026-12-05). Lower
them as the reading improves, never raise them; the target is 0 everywhere.
"""

import importlib.util

import pytest

from bantin.conftest import REPO_ROOT

SCORING_PATH = REPO_ROOT / "bench" / "import_real.py"

# Fields read wrong, per set, as measured on 2026-12-05 (realpages 664/675, realhtml 64/64,
# gathered text 364/370 on 74 pages, gathered html 24/24).
WRONG_CEILINGS = {
    # lowered 2026-12-07 (fourteenth session) to what is read: left, a source given as a
    # fan page ("Fanpage Tỉnh đoàn …") read as no signature
    "realpages": {"title": 0, "published": 0, "byline": 1, "views": 0, "category": 0},
    "realhtml": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
        "lead": 0, "first": 0, "last": 0,
    },
    # The development part of ../gathered (its held-out fifth is never a ceiling: it only
    # shows whether a rule holds beyond the pages it was written for).
    "gathered text": {"title": 2, "published": 0, "byline": 1, "views": 0, "category": 2},
    # Lowered 2026-12-05 (late) from 19 wrong to none by the general rules on hidden
    # elements, headline, date, byline, section and counters.
    "gathered html": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
        "lead": 0, "first": 0, "last": 0,
    },
    # The later batches of ../gathered, each measured once as held out, development since
    # (bench/import_real.py BATCHES); set 2026-12-06.
    "gathered text, 2026-12-06": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-06b": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-06c": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-06d": {
        "title": 2, "published": 0, "byline": 1, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-06e": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-06f": {
        "title": 1, "published": 0, "byline": 1, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-06g": {
        "title": 1, "published": 1, "byline": 0, "views": 0, "category": 0,
    },
    # Lowered 2026-12-06 (second session) by the fields each rule mended on pages present;
    # batch h, held out until then, and batch j, read first as development, join.
    "gathered text, 2026-12-06h": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-06j": {
        "title": 0, "published": 1, "byline": 1, "views": 1, "category": 0,
    },
    "gathered text, 2026-12-06k": {
        "title": 0, "published": 0, "byline": 1, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-06m": {
        "title": 2, "published": 1, "byline": 1, "views": 1, "category": 2,
    },
    "gathered text, 2026-12-06n": {
        "title": 0, "published": 0, "byline": 2, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-06i": {
        "title": 0, "published": 0, "byline": 1, "views": 0, "category": 1,
    },
    # Lowered 2026-12-06 (third session) by the fields the session's rules mended on pages
    # present (the address's headline, wrapped headlines, signatures past the site's boxes);
    # batches p, q and s, read first as development, and r, read once as held out, join.
    "gathered text, 2026-12-06p": {
        "title": 1, "published": 0, "byline": 3, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-06q": {
        "title": 1, "published": 0, "byline": 1, "views": 2, "category": 0,
    },
    "gathered text, 2026-12-06s": {
        "title": 0, "published": 1, "byline": 5, "views": 2, "category": 1,
    },
    "gathered text, 2026-12-06r": {
        "title": 0, "published": 0, "byline": 0, "views": 1, "category": 0,
    },
    # Lowered 2026-12-06 (fourth session) by the fields its rules mended on pages present;
    # batches o, t and l, read once as held out (o 128/145, t 143/150, l 113/120 right), join
    # at what they had wrong then less what this session mended on them.
    "gathered text, 2026-12-06o": {
        "title": 1, "published": 1, "byline": 5, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-06t": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-06l": {
        "title": 1, "published": 1, "byline": 0, "views": 0, "category": 2,
    },
    # Set 2026-12-06 (fifth session): batch u, read once as held out (147/150 right), less
    # what this session mended on it; batch v, read once as held out (142/150), then mended.
    "gathered text, 2026-12-06u": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-06v": {
        "title": 1, "published": 0, "byline": 2, "views": 0, "category": 2,
    },
    # read once as held out in the sixth session, then mended
    "gathered text, 2026-12-06x": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # read once as held out in the seventh session (y 142/150, z 145/150 right), then mended
    "gathered text, 2026-12-06y": {
        "title": 0, "published": 0, "byline": 1, "views": 1, "category": 0,
    },
    "gathered text, 2026-12-06z": {
        "title": 0, "published": 0, "byline": 1, "views": 1, "category": 0,
    },
    # read first as development in the eighth session (92/100 right, 2 invented), then mended
    "gathered text, 2026-12-06bb": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 1,
    },
    # read once as held out in the eighth session (143/150 right, 1 invented), then mended
    "gathered text, 2026-12-06aa": {
        "title": 0, "published": 0, "byline": 1, "views": 0, "category": 0,
    },
    # read once as held out at the end of the eighth session (56/60 right), then mended
    "gathered text, 2026-12-06cc": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # read first as development in the ninth session (79/80 right, 0 invented), then mended
    "gathered text, 2026-12-07a": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # read first as development in the ninth session (112/125 right, 4 invented), then mended
    "gathered text, 2026-12-07c": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # read first as development in the ninth session (47/50 right, 0 invented), then mended;
    # left: a post on the line under the writer's name, which the label leaves out
    "gathered text, 2026-12-07e": {
        "title": 0, "published": 0, "byline": 1, "views": 0, "category": 0,
    },
    # read once as held out at the end of the ninth session (b 138/150, d 116/125), then
    # mended (the site's clock over its greetings in the twelfth); left: a lower-case line
    # over the date that the label takes for the headline (b), initials over a menu, a
    # ward's name as its signature, a breadcrumb without its arrows, a label between two
    # copies of a headline (d)
    "gathered text, 2026-12-07b": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-07d": {
        "title": 0, "published": 0, "byline": 2, "views": 0, "category": 2,
    },
    # read first as development in the tenth session (f 119/125, 3 invented; g 111/125, 7
    # invented), then mended; left: a line of a story's opening words read as the section
    # (f), a subject group signing (g)
    "gathered text, 2026-12-07f": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-07g": {
        "title": 0, "published": 0, "byline": 1, "views": 0, "category": 0,
    },
    # read once as held out in the tenth session (142/150, 4 invented), then mended; left: a
    # photo's caption opening the capture, read as the headline
    "gathered text, 2026-12-07h": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # read first as development in the tenth session (99/105, 2 invented), then mended; left:
    # a writer's post the label keeps, a stamp the label reads month first ("4/10/2019
    # 3:41:55 PM"), an area's editorial board signing under the headline
    "gathered text, 2026-12-07j": {
        "title": 0, "published": 1, "byline": 2, "views": 0, "category": 0,
    },
    # read once as held out at the end of the tenth session (126/130, 3 invented), then
    # mended; left: a lead opening with the words of the address cut short, read as the
    # headline
    "gathered text, 2026-12-07i": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # Eleventh session: several pages of each site. k (one school) and n (a farmers' union)
    # read first as development; left on n: a headline under two slogans run into one line.
    "gathered text, 2026-12-07k": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-07n": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # m read first as development (84/120, 5 invented), then mended (in the twelfth session
    # a box title in capitals over a list of documents, and an arts magazine's section given
    # in its dateline "(VNBĐ – Nhiếp ảnh)." on six pages); left: a signature over a print
    # issue's note, a writer named only at the headline's end
    "gathered text, 2026-12-07m": {
        "title": 0, "published": 0, "byline": 2, "views": 0, "category": 0,
    },
    # p read once as held out (71/75, 0 invented), then mended; left: "Tin Tức" under a
    # slideshow's menu
    "gathered text, 2026-12-07p": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 1,
    },
    # q read once as held out at the end of the eleventh session (117/125, 1 invented), then
    # mended; left: "17:25 !! 04/05/2019" (the time is not read), a signature over a word
    # the capture cut
    "gathered text, 2026-12-07q": {
        "title": 0, "published": 1, "byline": 1, "views": 0, "category": 0,
    },
    # r read once as held out at the end of the eleventh session (121/125, 1 invented), then
    # mended (a stamp in a dateline "(BVBNĐ-23/3/2017)" in the twelfth)
    "gathered text, 2026-12-07r": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # s read once as held out at the very end of the eleventh session (97/100, 1 invented),
    # then mended (its headline opening "Về việc …" in the twelfth)
    "gathered text, 2026-12-07s": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # Twelfth session: t read once as held out (122/125, 3 invented), v read first as
    # development (121/125, 1 invented), then mended; left: a photo's caption opening a
    # capture that lost its headline (t, v), a bare count over the date and a topic after
    # "Tin theo lĩnh vực" (v)
    "gathered text, 2026-12-07t": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-07v": {
        "title": 1, "published": 0, "byline": 0, "views": 1, "category": 1,
    },
    # x read first as development (117/125, 3 invented), then mended; left: a photo's caption
    # opening the capture, a stamp under a teaser of the lead, a writer named in a numbered
    # list, a caption under the article read as its signature
    "gathered text, 2026-12-07x": {
        "title": 1, "published": 1, "byline": 2, "views": 0, "category": 0,
    },
    # y read first as development (96/100, 0 invented), then mended; left: a ward's name as
    # its signature (the label's convention), a unit named with a number ("Trường MN 20-11")
    "gathered text, 2026-12-07y": {
        "title": 0, "published": 0, "byline": 2, "views": 0, "category": 0,
    },
    # w read once as held out at the very end of the twelfth session (116/125, 3 invented),
    # then mended; left: a section in lower case, a lead opening the capture that the label
    # takes for the headline, a writer's post after a full stop, a count "0 / 159"
    "gathered text, 2026-12-07w": {
        "title": 1, "published": 0, "byline": 2, "views": 1, "category": 1,
    },
    # z read once as held out at the very end of the twelfth session (92/100, 1 invented),
    # then mended; left: a programme's edition date in the headline, two section labels run
    # into one line
    "gathered text, 2026-12-07z": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 1,
    },
    # u read once as held out at the end of the twelfth session (123/125, 1 invented), then
    # mended
    "gathered text, 2026-12-07u": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # aa read first in the thirteenth session (105/110, 1 invented), then mended
    "gathered text, 2026-12-07aa": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # ab read first in the thirteenth session (115/120, 0 invented), then mended; left: an
    # editor's account as the signature ("btv.abc1"), a capture that is one headline-like line
    "gathered text, 2026-12-07ab": {
        "title": 1, "published": 0, "byline": 1, "views": 0, "category": 0,
    },
    # ad read first in the thirteenth session (155/160, 1 invented), then mended; left: a
    # special section in capitals over the headline, a writer's post after a unit numbered
    # "2"
    "gathered text, 2026-12-07ad": {
        "title": 0, "published": 0, "byline": 1, "views": 0, "category": 1,
    },
    # ae read first in the thirteenth session (141/145, 1 invented), then mended; left: a bare
    # number over the comment box, a writer labelled "admin"
    "gathered text, 2026-12-07ae": {
        "title": 0, "published": 0, "byline": 1, "views": 1, "category": 0,
    },
    # af read first in the thirteenth session (151/160, 4 invented), then mended; left: a
    # short line over the story the label takes for a caption, a lead opening on its date the
    # label takes for no headline, a banner's "Chúc tết" over the headline, a source given as
    # a web address
    "gathered text, 2026-12-07af": {
        "title": 2, "published": 0, "byline": 2, "views": 0, "category": 1,
    },
    # ag read first in the thirteenth session (146/155, 7 invented), then mended; left: a stamp
    # with a two-digit year in a US form ("5/10/23 6:10 AM"), read as no date
    "gathered text, 2026-12-07ag": {
        "title": 0, "published": 1, "byline": 0, "views": 0, "category": 0,
    },
    # ah read first in the thirteenth session (130/135, 3 invented), then mended; left: two
    # short lines over the story (the label takes the upper, which the address names), a
    # verse over the story read as a section, the site's name in two lines over a headline
    # holding its date
    "gathered text, 2026-12-07ah": {
        "title": 2, "published": 0, "byline": 1, "views": 0, "category": 2,
    },
    # ai read first in the thirteenth session (146/150, 1 invented), then mended
    "gathered text, 2026-12-07ai": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # aj read first in the thirteenth session (154/160, 5 invented), then mended; left: two
    # first lines opening like leads ("Hòa chung trong không khí …", "Thiết thực tổ chức …")
    # read as headlines, a signature naming a ward's office
    "gathered text, 2026-12-07aj": {
        "title": 2, "published": 0, "byline": 1, "views": 0, "category": 0,
    },
    # ak read first in the thirteenth session (140/145, 1 invented), then mended; left: a
    # stamp written "15.05 2024", a capture that is one headline-like line
    "gathered text, 2026-12-07ak": {
        "title": 1, "published": 1, "byline": 0, "views": 0, "category": 0,
    },
    # ac, al and am held out to the very end of the thirteenth session and read once, with
    # its last code (344/355, 3 invented; the session's starting code 343/355, 3 invented)
    "held out text, 2026-12-07ac": {
        "title": 1, "published": 0, "byline": 1, "views": 0, "category": 2,
    },
    "held out text, 2026-12-07al": {
        "title": 1, "published": 0, "byline": 1, "views": 0, "category": 0,
    },
    "held out text, 2026-12-07am": {
        "title": 3, "published": 0, "byline": 2, "views": 0, "category": 0,
    },
    # an, ao, aq and ar read first in the fourteenth session (153/160 with 3 invented,
    # 149/160 with 3, 136/140 with 1, 130/140 with 5), then mended; left: a lead printed
    # twice read as the headline (an); an editor's account and a channel's name as bylines,
    # a count glued to the clock (ao); a class's name as the byline, a breadcrumb that lost
    # its separators (aq); a subheading the capture opens on, a signature above a comment
    # form, two authors with a degree, a source tag "(kiemsat.vn)", a stray line as the
    # section (ar)
    "gathered text, 2026-12-07an": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    "gathered text, 2026-12-07ao": {
        "title": 0, "published": 0, "byline": 2, "views": 1, "category": 0,
    },
    "gathered text, 2026-12-07aq": {
        "title": 0, "published": 0, "byline": 1, "views": 0, "category": 1,
    },
    "gathered text, 2026-12-07ar": {
        "title": 1, "published": 0, "byline": 4, "views": 0, "category": 2,
    },
    # as: six pages of one school's site showing only their text: nothing may be read
    "gathered text, 2026-12-07as": {
        "title": 0, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # ap and at held out to the end of the fourteenth session and read once (136/150 and
    # 143/150, 4 invented each; the session's starting code the same), then a few rules
    # mended; au held out whole and read once with the last code (143/150, nothing invented;
    # the starting code the same), then the one stamp it showed glued to the lead
    "held out text, 2026-12-07ap": {
        "title": 1, "published": 1, "byline": 0, "views": 0, "category": 2,
    },
    "held out text, 2026-12-07at": {
        "title": 0, "published": 0, "byline": 2, "views": 0, "category": 1,
    },
    # au: g1906's capture was taken back (fifteenth session) as another cut of its page, which
    # shows the headline, writer and stamp its labels' cut did not: one date more
    "held out text, 2026-12-07au": {
        "title": 1, "published": 1, "byline": 4, "views": 0, "category": 0,
    },
    # av held out whole and read once in the fifteenth session (147/150, 2 invented, none on
    # a page published without review), then its English "Created date" label and its
    # "Tin-Ảnh:" signature mended; left: a caption over a story that lost its headline
    "held out text, 2026-12-07av": {
        "title": 1, "published": 0, "byline": 0, "views": 0, "category": 0,
    },
    # aw and ax held out whole and read once in the fifteenth session (138/150, 3 invented, 2
    # of them on pages published without review; 137/150, 4 invented, all 4 there), then the
    # rules they showed mended (docs/import.md)
    "held out text, 2026-12-07aw": {
        "title": 0, "published": 0, "byline": 5, "views": 2, "category": 2,
    },
    "held out text, 2026-12-07ax": {
        "title": 1, "published": 1, "byline": 3, "views": 0, "category": 1,
    },
}  # fmt: skip
# Lowered 2026-12-06 (eighth session): a label under a "Văn bản mới" box over the headline
# (y, g134); a photo's caption holding the address's headline with words before it; a
# place's name printed as a tag under the date (aa).
# Lowered 2026-12-06 (seventh session): a long first line closing with a remark in brackets,
# a caption or the story's first sentence of a capture that lost its headline (realpages,
# f); v, its one value read as "invented" was the section the page shows ("Audio thời sự"
# over its date), its label mended.
# Lowered 2026-12-06 (sixth session): the site's clock over visitor statistics and box
# titles printed twice (o), a links box (s), a section name over a page that lost its
# headline (v); two labels of one layout made to agree with a third ("Chi tiết bài viết
# Tin tức": the section shown, l); a document's heading over the headline (i).
# Every set's ceiling is 0 but for the sets named here.
INVENTED_CEILINGS = dict.fromkeys(WRONG_CEILINGS, 0) | {
    "gathered text, 2026-12-06": 1, "gathered text, 2026-12-06c": 2,
    "gathered text, 2026-12-06g": 2, "gathered text, 2026-12-06m": 1,
    "gathered text, 2026-12-06q": 1, "gathered text, 2026-12-06t": 1,
    "gathered text, 2026-12-06u": 1, "gathered text, 2026-12-07b": 1,
    "gathered text, 2026-12-07f": 1, "gathered text, 2026-12-07h": 1,
    "gathered text, 2026-12-07i": 1, "gathered text, 2026-12-07t": 1,
    "gathered text, 2026-12-07v": 1, "gathered text, 2026-12-07x": 2,
    "gathered text, 2026-12-07af": 3, "gathered text, 2026-12-07ah": 3,
    "gathered text, 2026-12-07aj": 2, "held out text, 2026-12-07ac": 1,
    "held out text, 2026-12-07am": 2, "gathered text, 2026-12-07an": 1,
    "gathered text, 2026-12-07ao": 1, "gathered text, 2026-12-07ar": 3,
    "held out text, 2026-12-07ap": 3, "held out text, 2026-12-07at": 1,
    "held out text, 2026-12-07au": 2, "held out text, 2026-12-07av": 1,
    "held out text, 2026-12-07aw": 3, "held out text, 2026-12-07ax": 2,
}  # fmt: skip
# Pages that show a headline and a date but that `bantin import`, with its default options,
# holds for review (3 of 46, 0 of 7, 2 of 16 and 0 of 1 on 2026-12-05).
HELD_CEILINGS = dict.fromkeys(WRONG_CEILINGS, 0) | {
    "realpages": 1, "gathered text": 2,
    "gathered text, 2026-12-06d": 1, "gathered text, 2026-12-06m": 3,
    "gathered text, 2026-12-06s": 1, "gathered text, 2026-12-06o": 1,
    "gathered text, 2026-12-06t": 1, "gathered text, 2026-12-06l": 1,
    "gathered text, 2026-12-07x": 1, "gathered text, 2026-12-07z": 1,
    "gathered text, 2026-12-07ag": 1, "gathered text, 2026-12-07ak": 1,
    "held out text, 2026-12-07ap": 0, "held out text, 2026-12-07at": 0,
    "held out text, 2026-12-07au": 2, "held out text, 2026-12-07ax": 1,
}  # fmt: skip


def load_scoring():
    spec = importlib.util.spec_from_file_location("import_real_scoring", SCORING_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORING = load_scoring()
SETS = {name: (fields, entries, folder) for name, fields, entries, folder in SCORING.sets()}


def scored(name):
    fields, entries, folder = SETS[name]
    if not entries:
        pytest.skip(f"real pages not present at {folder} (other people's pages, kept outside)")
    return SCORING.score(entries, name, fields)


@pytest.fixture(scope="module")
def tallies():
    return {}


def tally_of(tallies, name):
    if name not in tallies:
        tallies[name] = scored(name)
    return tallies[name]


@pytest.mark.parametrize("name", sorted(WRONG_CEILINGS))
def test_no_field_is_read_wrong_more_often_than_its_ceiling(tallies, name):
    tally = tally_of(tallies, name)
    wrong = {field: tally.pages - tally.right[field] for field in WRONG_CEILINGS[name]}
    worse = {
        field: (count, WRONG_CEILINGS[name][field])
        for field, count in wrong.items()
        if count > WRONG_CEILINGS[name][field]
    }
    assert not worse, f"{name}: fields now read wrong more often (now, ceiling): {worse}"


@pytest.mark.parametrize("name", sorted(HELD_CEILINGS))
def test_pages_with_a_headline_and_a_date_are_published_without_review(tallies, name):
    tally = tally_of(tallies, name)
    held = tally.headline_and_date - tally.published_without_review
    assert held <= HELD_CEILINGS[name], (
        f"{name}: {held} of {tally.headline_and_date} held for review"
    )


@pytest.mark.parametrize("name", sorted(INVENTED_CEILINGS))
def test_no_more_values_invented_than_the_ceiling(tallies, name):
    tally = tally_of(tallies, name)
    assert len(tally.invented) <= INVENTED_CEILINGS[name], tally.invented


@pytest.mark.parametrize("name", sorted(INVENTED_CEILINGS))
def test_nothing_is_invented(tallies, name):
    """The target. A set that still invents is an expected failure; one that no longer does
    fails until its ceiling is lowered, unless some of its captures are absent (then the
    pages that invented may be the ones missing)."""
    tally = tally_of(tallies, name)
    ceiling = INVENTED_CEILINGS[name]
    if ceiling and tally.invented:
        pytest.xfail(f"{len(tally.invented)} values still invented (ceiling {ceiling})")
    assert tally.invented == []
    if ceiling and name not in SCORING.incomplete_sets():
        pytest.fail(f"{name}: nothing invented now, lower its ceiling from {ceiling} to 0")


def test_scoring_counts_a_wrong_value_and_an_invented_one(tmp_path):
    """The scorer itself: a page read right scores every field, a made-up label does not,
    and a value on a page whose label is null counts as invented."""
    page = tmp_path / "p1.txt"
    page.write_text(
        "Xã Tân Hà trao nhà Đại đoàn kết\nNgày đăng 23/06/2021 | 10:27 | Lượt xem: 125\n"
        "Sáng 22/6, Ủy ban MTTQ xã Tân Hà trao nhà Đại đoàn kết cho hộ nghèo.\n"
        "Căn nhà trị giá 100 triệu đồng.\nThùy Trang\n",
        encoding="utf-8",
    )
    labels = {"title": "Xã Tân Hà trao nhà Đại đoàn kết", "published": "2021-06-23T10:27",
              "byline": "Thùy Trang", "views": 125, "category": None}  # fmt: skip
    right = SCORING.score(
        [SCORING.Entry("t", "p1", page, "text", labels)], "t", SCORING.TEXT_FIELDS
    )
    assert right.right == dict.fromkeys(SCORING.TEXT_FIELDS, 1) and right.invented == []

    wrong_labels = {**labels, "title": "Một tiêu đề khác", "published": "2021-06-24", "views": None}
    wrong = SCORING.score([SCORING.Entry("t", "p1", page, "text", wrong_labels)], "t",
                          SCORING.TEXT_FIELDS)  # fmt: skip
    assert wrong.right == {"title": 0, "published": 0, "byline": 1, "views": 0, "category": 1}
    assert ("p1", "views", None, 125) in wrong.invented
    assert all(name != "title" for _, name, _, _ in wrong.invented)
