import { DETECTION_CATALOG } from '../providers/detection-catalog.ts';
import { planScanner, type ScannerPlan } from './plan.ts';

/** The scanner's plan of the whole catalog. The build replaces this module with its value (scripts/lib/precompute.ts). */
export const SCANNER_PLAN: ScannerPlan = planScanner(DETECTION_CATALOG);
