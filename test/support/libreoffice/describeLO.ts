/**
 * `describe` for LibreOffice tests: skips only where asked to (THIDUA_SKIP_LIBREOFFICE=1) and soffice is missing
 * (see docs/libreoffice-recalc.md); otherwise fails loudly. In its own module so that code shared with bench/
 * (which runs outside Jest, without a global `describe`) never evaluates it.
 */
import { isSofficeAvailable } from "./soffice";

export const describeLO = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable() ? describe.skip : describe;
