#!/usr/bin/env python3
"""Write a small PDF of Chinese text lines, for newsgraph's tests of PDF
input: text2pdf.py IN.txt OUT.pdf. Standard library only.

Each line of IN is a line of the page (a line holding only a form feed
starts a new page). The characters are set in a CID font with the
Identity-H encoding whose CIDs are the Unicode code points, and a
ToUnicode map says so, which is what text extraction reads; no font is
embedded, so a viewer shows boxes where no system font fits, and the text
is still there, as in a newspaper's PDF page."""
import sys


def cmap(chars):
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    cs = sorted(chars)
    for i in range(0, len(cs), 100):
        part = cs[i:i + 100]
        lines.append(f"{len(part)} beginbfchar")
        lines += [f"<{c:04X}> <{c:04X}>" for c in part]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode()


def main(src, dst):
    text = open(src, encoding="utf-8").read()
    pages, page = [], []
    for line in text.split("\n"):
        if line == "\f":
            pages.append(page)
            page = []
        else:
            page.append(line)
    pages.append(page)
    chars = {ord(c) for c in text if c not in "\n\f" and ord(c) <= 0xFFFF}
    objs = []  # bodies, numbered from 1

    def add(body):
        objs.append(body)
        return len(objs)

    tounicode = cmap(chars)
    tu = add(b"<< /Length %d >>\nstream\n" % len(tounicode) + tounicode + b"\nendstream")
    desc = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 "
               b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 "
               b"/Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
              b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              b"/FontDescriptor %d 0 R /DW 1000 >>" % desc)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light "
               b"/Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>"
               % (cid, tu))
    kids = []
    pages_num = len(objs) + 1 + 2 * len(pages)  # the Pages object comes last
    for lines in pages:
        ops = [b"BT /F1 12 Tf 14 TL 40 800 Td"]
        for line in lines:
            hexs = "".join(f"{ord(c):04X}" for c in line if ord(c) <= 0xFFFF)
            ops.append(b"<%s> Tj T*" % hexs.encode())
        ops.append(b"ET")
        content = b"\n".join(ops)
        c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_num, font, c)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>"
               % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_num
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_num)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, xref)
    open(dst, "wb").write(out)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: text2pdf.py IN.txt OUT.pdf")
    main(sys.argv[1], sys.argv[2])
