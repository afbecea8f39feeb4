import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AgeBand, OpinionChannel, ResultMapDto } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** What the results map asks for: the view (bounds in degrees, zoom) and the filters ('' for none). */
export interface ResultMapRequest {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
  questionId: string;
  categoryId: string;
  themeId: string;
  channel: OpinionChannel | '';
  ageBand: AgeBand | '';
}

const orNone = <T extends string>(value: T | '') => (value === '' ? undefined : value);

/** The marks in a view of the results map (or clusters of them when there are many), with the filters applied. */
export const resultMapQuery = (dialogueId: string, r: ResultMapRequest) =>
  queryOptions<ResultMapDto, ApiProblem>({
    queryKey: queryKeys.resultMap(dialogueId, r),
    queryFn: ({ signal }) =>
      call(() =>
        resultsClient.getResultMap(
          dialogueId,
          r.west,
          r.south,
          r.east,
          r.north,
          r.zoom,
          orNone(r.questionId),
          orNone(r.categoryId),
          orNone(r.themeId),
          orNone(r.channel),
          orNone(r.ageBand),
          signal,
        ),
      ),
    // While a moved view loads, the marks of the last one stay on the map.
    placeholderData: keepPreviousData,
  });

export const useResultMap = (dialogueId: string, request: ResultMapRequest | undefined) =>
  useQuery({ ...resultMapQuery(dialogueId, request ?? ({} as ResultMapRequest)), enabled: request !== undefined });
