// A one-page PDF whose Chinese text is in a font it does not embed: STSong-Light, one of
// the predefined Adobe-GB1 CID fonts, with the UniGB-UCS2-H encoding (its codes are UCS-2).
// Many Chinese government PDFs are made this way. Written out byte by byte: Chromium's print
// always embeds its fonts. A reader reads this text only through the encoding's CMap.
import { writePdf } from './write-pdf';

export const CID_FONT_TEXT = '双方在上海合作组织框架内密切协作。';

/** UCS-2 big-endian hex of BMP text, as a PDF hex string's contents. */
const ucs2 = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

function build(): string {
  const content = `BT /F1 18 Tf 36 100 Td <${ucs2(CID_FONT_TEXT)}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    // No /FontFile: the font is not in the file.
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  return writePdf(objects);
}

/** ASCII only (the text is in hex), so its string length is its byte length. */
export const CID_FONT_PDF = build();
