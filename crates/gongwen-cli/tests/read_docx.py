"""An independent reader of a .docx, for the annotate tests: Python's own
zipfile and ElementTree, none of the code under test. Prints JSON:

- text: each body paragraph's visible text (w:t, tabs as \\t; deleted text
  left out), table rows' cells joined by \\t, one line each;
- comments: each comment's id, author and text;
- anchored: for each comment id, the visible text between its
  commentRangeStart and commentRangeEnd;
- deleted, inserted: the text of tracked deletions and insertions;
- stories: for each footnotes, endnotes, header and footer part, the same
  four (text, anchored, deleted, inserted) read from its paragraphs;
- parts: each part's name and SHA-256.
"""

import hashlib
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def is_story(name):
    if not name.startswith("word/") or not name.endswith(".xml") or name.count("/") != 1:
        return False
    f = name[len("word/"):-len(".xml")]
    return f in ("footnotes", "endnotes") or f.startswith("header") or f.startswith("footer")


def main(path):
    z = zipfile.ZipFile(path)
    parts = {n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}
    doc = ET.fromstring(z.read("word/document.xml"))
    body = doc.find(W + "body")
    result = read_blocks(body, tables=True)
    result["stories"] = {
        n: read_blocks(ET.fromstring(z.read(n)), tables=False)
        for n in z.namelist()
        if is_story(n)
    }
    comments = []
    if "word/comments.xml" in z.namelist():
        root = ET.fromstring(z.read("word/comments.xml"))
        for c in root.findall(W + "comment"):
            text = "\n".join(
                "".join(t.text or "" for t in p.iter(W + "t")) for p in c.findall(W + "p")
            )
            comments.append({"id": c.get(W + "id"), "author": c.get(W + "author"), "text": text})
    result["comments"] = comments
    result["parts"] = parts
    json.dump(result, sys.stdout, ensure_ascii=False)


def read_blocks(body, tables):
    """The lines of a body (its paragraphs and table rows) or, without
    tables, of every paragraph of a story part; with what comments anchor
    and what revisions delete and insert."""
    lines = []
    anchored = {}
    open_ids = []
    deleted, inserted = [], []

    def walk(el, out, in_del=False, in_ins=False):
        for child in el:
            tag = child.tag
            if tag == W + "commentRangeStart":
                open_ids.append(child.get(W + "id"))
                anchored.setdefault(child.get(W + "id"), "")
            elif tag == W + "commentRangeEnd":
                cid = child.get(W + "id")
                if cid in open_ids:
                    open_ids.remove(cid)
            elif tag == W + "t":
                s = child.text or ""
                out.append(s)
                if in_ins:
                    inserted.append(s)
                for cid in open_ids:
                    anchored[cid] += s
            elif tag == W + "delText":
                deleted.append(child.text or "")
            elif tag == W + "tab" and not in_del:
                out.append("\t")
            elif tag == W + "del":
                walk(child, out, True, in_ins)
            elif tag == W + "ins":
                walk(child, out, in_del, True)
            elif tag in (W + "instrText",):
                pass
            else:
                walk(child, out, in_del, in_ins)

    if not tables:
        for p in body.iter(W + "p"):
            out = []
            walk(p, out)
            lines.append("".join(out))
        return {"text": lines, "anchored": anchored, "deleted": deleted, "inserted": inserted}
    for block in body:
        if block.tag == W + "p":
            out = []
            walk(block, out)
            lines.append("".join(out))
        elif block.tag == W + "tbl":
            for row in block.findall(W + "tr"):
                cells = []
                for cell in row.findall(W + "tc"):
                    paras = []
                    for p in cell.findall(W + "p"):
                        out = []
                        walk(p, out)
                        paras.append("".join(out))
                    cells.append(" ".join(x for x in paras if x))
                lines.append("\t".join(cells).rstrip())
    return {"text": lines, "anchored": anchored, "deleted": deleted, "inserted": inserted}


main(sys.argv[1])
