// Words for the municipality's promises (MISSION.md, Q1–Q5), shared by the public transparency page and the staff
// compliance dashboard: the API names each promise and where it stands in codes.
import type { CompliancePromise, ItemState } from '../api/client';
import type { MessageKey } from '../i18n/catalogue';

/** The promises in the order of the promise itself. */
export const compliancePromises: readonly CompliancePromise[] = ['q1Heard', 'q2Basis', 'q3aInformed', 'q3bFacts', 'q4Reach', 'q5Feedback'];

/** Where a promise can stand for one dialogue. */
export const itemStates: readonly ItemState[] = ['met', 'notMet', 'notYetDue', 'notApplicable'];

/** "Q1 Alla har rätt att bli hörda" … */
export const promiseKey = (promise: CompliancePromise) => `compliance.promise.${promise}` satisfies MessageKey;

/** "Uppfyllt", "Inte uppfyllt", "Inte aktuellt än", "Inställd". */
export const itemStateKey = (state: ItemState) => `compliance.state.${state}` satisfies MessageKey;
