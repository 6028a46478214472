// A one-page PDF with a Standard security handler (RC4, revision 2) whose user password is
// not empty, written out byte by byte: Chromium's print cannot encrypt. A reader must ask
// for the password; the O and U values are arbitrary, so no password opens it.
import { writePdf } from './write-pdf';

const hex = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');

function build(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 11)}> /U <${hex(32, 97)}> /P -4 >>`,
  ];
  return writePdf(objects, ` /Encrypt 4 0 R /ID [<${hex(16, 5)}> <${hex(16, 5)}>]`);
}

export const ENCRYPTED_PDF = build();
