#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Corroborate contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the PDF fixtures of tests/core/io/PdfImporterTest.cpp (run once; the outputs are checked in).

two-pages.pdf   two pages of text (Helvetica, WinAnsi), Info Title and Author
no-info.pdf     one page, no Info dictionary (title falls back to the first line)
image-only.pdf  one page that draws a rectangle and no text (like a scan)
truncated.pdf   two-pages.pdf cut in the middle
encrypted.pdf   two-pages.pdf encrypted with the user password "secret" (needs qpdf: apt-get install qpdf)
wrapped-article.pdf  an article set in lines as a printed page: a photo caption over two lines, the headline, a
                dateline, paragraphs running over several lines with a word hyphenated at a line end, no Info
An existing file is kept: only missing fixtures are written (the checked-in bytes stay stable).
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def pdf(pages, info=None):
    objects = []  # object bodies, numbered from 1

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = add(None)  # filled in below
    kids = []
    for lines in pages:
        ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
        for line in lines:
            escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"ET")
        if not lines:
            ops = [b"0.5 g 72 600 200 100 re f"]
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages_id, font, content)))
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_id = None
    if info:
        info_id = add(b"<< " + b" ".join(b"/%s (%s)" % (k.encode(), v.encode("latin-1")) for k, v in info.items()) + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def write(name, data):
    if os.path.exists(os.path.join(HERE, name)):
        return
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


two = pdf([["Strikes hit the city", "At least 12 people were killed, officials said.", "Rescue work continued."],
           ["Second page: the governor called it a war crime.", "Amnesty International asked for an inquiry."]],
          {"Title": "Strikes hit the city (report)", "Author": "Jane Roe"})
write("two-pages.pdf", two)
write("no-info.pdf", pdf([["First line is the title", "Then the body of the report."]]))
write("image-only.pdf", pdf([[]]))
write("truncated.pdf", two[: len(two) // 2])
write("wrapped-article.pdf", pdf([[
    "Volunteers carry sandbags along the embankment at dawn on Sunday, as the",
    "river keeps rising (Photo: Marta Kowal)",
    "River towns count the damage after the spring flood",
    "March 14, 2024",
    "Three river towns spent the weekend counting the damage after the water",
    "fell back, and the regional council said on Monday that at least 40",
    "houses would have to be rebuilt. The council's own investi-",
    "gation of the failed embankment is due by the end of the month, officials",
    "said.",
    "Residents described a night of sirens and rising water. Many of them",
    "left with only what they could carry, and some returned to find their",
    "ground floors under a metre of mud.",
]]))
if not os.path.exists(os.path.join(HERE, "encrypted.pdf")):
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", os.path.join(HERE, "two-pages.pdf"),
                    os.path.join(HERE, "encrypted.pdf")], check=True)
