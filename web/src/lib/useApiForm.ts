// The one way a form runs against the API: the browser's own checks first, then the request (a TanStack mutation
// from the feature's api/ folder); a refusal is placed at the form's fields in words (lib/problems.ts), and the
// error summary takes focus so a screen reader reads it at once (WCAG 3.3.1). Forms keep their values in their own
// state; what differed from form to form was how they showed errors, and that is here now.
import { useCallback, useRef, useState } from 'react';
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { toApiProblem, type ApiProblem } from '../api/http';
import { hasErrors, noErrors, placeProblem, type FormErrors, type PathStep } from './problems';

export interface ApiFormOptions<TData, TVariables> {
  /** The request, as the feature's api/ file makes it (`…Mutation(queryClient, …)`). */
  mutation: UseMutationOptions<TData, ApiProblem, TVariables>;
  /**
   * The form's name for a field error's path, or undefined for one the form has no field for (said in general). It
   * gets the request as sent, so `answers[2]` can be the form's field of the question that answer was for.
   */
  fieldOf?: (path: PathStep[], field: string, sent: TVariables) => string | undefined;
  /** The label of one of the form's fields, for words that name another field ("must be before Stänger"). */
  label?: (field: string) => string | undefined;
}

export function useApiForm<TData, TVariables>({ mutation, fieldOf, label }: ApiFormOptions<TData, TVariables>) {
  const request = useMutation(mutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const summaryRef = useRef<HTMLDivElement>(null);

  /** Shows errors and moves focus to the summary on the next frame (once it is rendered). */
  const showErrors = useCallback((next: FormErrors) => {
    setErrors(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }, []);

  const clearErrors = useCallback(() => setErrors(noErrors), []);

  /**
   * Sends the request unless the browser's own checks (`checked`) found something; resolves with `{ data }`, the
   * answer, or with undefined when the form shows errors instead.
   */
  async function submit(variables: TVariables, checked: FormErrors = noErrors): Promise<{ data: TData } | undefined> {
    if (hasErrors(checked)) {
      showErrors(checked);
      return undefined;
    }
    try {
      const data = await request.mutateAsync(variables);
      setErrors(noErrors);
      return { data };
    } catch (error) {
      showErrors(placeProblem(toApiProblem(error), fieldOf && ((path, field) => fieldOf(path, field, variables)), label));
      return undefined;
    }
  }

  return {
    errors,
    /** The words of one field's errors, or undefined. */
    errorsOf: (field: string) => (errors.fields[field]?.length ? errors.fields[field] : undefined),
    showErrors,
    clearErrors,
    submit,
    pending: request.isPending,
    succeeded: request.isSuccess,
    data: request.data,
    summaryRef,
  };
}
