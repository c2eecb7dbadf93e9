/** What happened in one schedule, step by step: the raw material of the swimlane picture. */
export type TraceEvent =
  | { readonly kind: 'resume'; readonly task: number; readonly time: number; readonly at: string; readonly where?: string }
  | { readonly kind: 'block'; readonly task: number; readonly reason: string; readonly where?: string }
  | { readonly kind: 'wake'; readonly task: number; readonly by: number | undefined; readonly failed: boolean }
  | { readonly kind: 'output'; readonly task: number | undefined; readonly text: string }
  | { readonly kind: 'note'; readonly task: number | undefined; readonly text: string }
  | { readonly kind: 'done'; readonly task: number }
  | { readonly kind: 'throw'; readonly task: number; readonly message: string }
  | { readonly kind: 'time'; readonly time: number };
