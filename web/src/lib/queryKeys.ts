// The one factory of TanStack Query keys: every query and every invalidation names its key here, so a key is never
// spelled twice. A key's first part names what is cached; the parts after it narrow it down, so invalidating a
// shorter key (`staffDialogues.all`) reaches every longer one.
import type { DialogueStatus } from '../api/client';

export const queryKeys = {
  me: ['me'] as const,
  districts: ['districts'] as const,
  mapConfig: ['map-config'] as const,
  officials: ['officials'] as const,

  dialogues: {
    all: ['dialogues'] as const,
    list: (filter: object) => ['dialogues', filter] as const,
  },
  /** A public dialogue by its slug. */
  dialogue: (slug: string) => ['dialogue', slug] as const,
  publicOpinions: (dialogueId: string) => ['public-opinions', dialogueId] as const,
  publicMarks: (dialogueId: string) => ['public-marks', dialogueId] as const,
  feedback: (dialogueId: string) => ['feedback', dialogueId] as const,
  receipt: (token: string) => ['receipt', token] as const,
  /** A follower as they see themselves through their own link. */
  follower: (token: string) => ['follower', token] as const,

  staffDialogues: {
    all: ['staff-dialogues'] as const,
    list: (status: DialogueStatus | '', mine: boolean) => ['staff-dialogues', status, mine] as const,
  },
  /** A dialogue as staff see it, by id. */
  staffDialogue: (id: string) => ['staff-dialogue', id] as const,
  staffFeedback: (dialogueId: string) => ['staff-feedback', dialogueId] as const,
  result: (dialogueId: string) => ['result', dialogueId] as const,
  /** The results map of one view with its filters, and the tables of places (both under the dialogue's result). */
  resultMap: (dialogueId: string, view: object) => ['result', dialogueId, 'map', view] as const,
  resultPlaces: (dialogueId: string) => ['result', dialogueId, 'places'] as const,
  /** What compiling reads beside the result, so tagging (which invalidates the result) refreshes it too: the groups of
   * near-identical opinions, the bulk taggings done, the opinions similar to a theme. */
  opinionGroups: (dialogueId: string, page: number) => ['result', dialogueId, 'groups', page] as const,
  taggings: (dialogueId: string) => ['result', dialogueId, 'taggings'] as const,
  similarOpinions: (dialogueId: string, themeId: string) => ['result', dialogueId, 'similar', themeId] as const,
  /** The dialogue's latest theme suggestions (a run and its suggestions). */
  themeSuggestions: (dialogueId: string) => ['theme-suggestions', dialogueId] as const,
  staffOpinions: {
    all: (dialogueId: string) => ['staff-opinions', dialogueId] as const,
    list: (dialogueId: string, filter: object) => ['staff-opinions', dialogueId, filter] as const,
  },
  reach: (dialogueId: string) => ['reach', dialogueId] as const,
  webhooks: {
    all: ['webhooks'] as const,
    endpoints: ['webhooks', 'endpoints'] as const,
    deliveries: (endpointId: string, page: number) => ['webhooks', 'deliveries', endpointId, page] as const,
  },
  localMail: {
    all: ['local-mail'] as const,
    message: (id: string) => ['local-mail', id] as const,
  },

  moderation: {
    all: ['moderation'] as const,
    queue: (dialogueId: string | null, page: number) => ['moderation', 'queue', dialogueId, page] as const,
    log: (dialogueId: string | null, opinionId: string | null, page: number) => ['moderation', 'log', dialogueId, opinionId, page] as const,
  },
  compliance: {
    all: ['compliance'] as const,
    dashboard: (year: number | null, committee: string | null, status: string | null) => ['compliance', year, committee, status] as const,
  },
  transparency: {
    all: ['transparency'] as const,
    year: (year: number) => ['transparency', year] as const,
  },
};
