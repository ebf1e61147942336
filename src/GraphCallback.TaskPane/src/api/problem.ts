/** An API answer that was not a success, read from its RFC 7807 problem details where it has them. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | null,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(describe(title, detail, fieldErrors));
    this.name = "ApiProblem";
  }

  static async from(response: Response): Promise<ApiProblem> {
    let body: { title?: string; detail?: string; errors?: Record<string, string[]> } = {};
    try {
      body = (await response.json()) as typeof body;
    } catch {
      // Not every failure has a JSON body (a proxy's 502, say); the status still tells.
    }
    return new ApiProblem(response.status, body.title ?? response.statusText ?? `HTTP ${response.status}`, body.detail ?? null, body.errors ?? {});
  }
}

/** One line for the person, naming the bad fields when the API named them. */
function describe(title: string, detail: string | null, fieldErrors: Record<string, string[]>): string {
  const fields = Object.entries(fieldErrors).map(([field, errors]) => `${field}: ${errors.join(" ")}`);
  return [title, detail, ...fields].filter(Boolean).join(" — ");
}

/** The browser could not reach the app at all. */
export class Offline extends Error {
  constructor() {
    super("You're offline, or the GraphCallback service can't be reached.");
    this.name = "Offline";
  }
}
