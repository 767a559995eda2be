// printToPDF options for the printable report: A4 portrait, backgrounds on (score colours carry
// meaning), title in the header and "page / total" in the footer.
import type { PrintToPDFOptions } from 'electron';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Chromium fills elements with these class names in header/footer templates.
const TEMPLATE_STYLE =
  'font-family: sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 12mm;';

export function buildPdfOptions(title: string): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between;"><span>${escapeHtml(title)}</span><span class="date"></span></div>`,
    footerTemplate: `<div style="${TEMPLATE_STYLE} text-align: center;">GreenThread · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    // Inches; the header and footer live inside these margins.
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    preferCSSPageSize: false,
    generateDocumentOutline: true,
  };
}
