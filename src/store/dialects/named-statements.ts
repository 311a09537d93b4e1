// Named (prepared) statements on PostgreSQL, for the few hot statements that are long to plan and quick to run. The
// contact page's one statement (contact-page-repo.ts) is fifteen subqueries: on a warm connection PostgreSQL spends
// about 1.3 ms planning it and 0.6 ms running it, each time it comes. Named, it is parsed once per connection, and
// after a few runs PostgreSQL keeps one generic plan for it (every subquery is an index look-up on parameters): the
// planning is gone. SQLite keeps prepared statements of its own; there the name changes nothing.
import type { CompiledQuery, PostgresPool, PostgresPoolClient } from 'kysely';

/** The statements' texts and the name each is prepared under. */
const namesByText = new Map<string, string>();
const textsByName = new Map<string, string>();

/**
 * `query`, to be sent as the named statement `name` on PostgreSQL. Its text must not vary from call to call (values
 * are parameters): a name stands for one text, and a second text under the same name is a programming error.
 */
export function namedStatement<R>(name: string, query: CompiledQuery<R>): CompiledQuery<R> {
  const known = textsByName.get(name);
  if (known === undefined) {
    textsByName.set(name, query.sql);
    namesByText.set(query.sql, name);
  } else if (known !== query.sql) {
    throw new Error(`the named statement "${name}" was given a second text; its values must be parameters`);
  }
  return query;
}

/** The name a statement's text is prepared under, or undefined for a statement sent as it comes. */
export function statementName(text: string): string | undefined {
  return namesByText.get(text);
}

/**
 * `pool` whose clients send the named statements' texts as named queries (node-postgres prepares each once per
 * connection and then sends only its name and values); every other query goes as it came.
 */
export function namingPool(pool: PostgresPool): PostgresPool {
  const wrapped = new WeakMap<PostgresPoolClient, PostgresPoolClient>();
  const naming = (client: PostgresPoolClient): PostgresPoolClient => {
    // Looked up on each call, not bound once: whatever stands in for the client's query method (a test's log) sees all.
    const send = (...args: unknown[]) => (client.query as (...args: unknown[]) => unknown).apply(client, args);
    return {
      query(...args: unknown[]) {
        const [text, values] = args;
        const name = typeof text === 'string' ? statementName(text) : undefined;
        return name === undefined ? send(...args) : send({ name, text, values });
      },
      release: (destroy?: boolean) => client.release(destroy),
    } as PostgresPoolClient;
  };
  return {
    async connect() {
      const client = await pool.connect();
      let named = wrapped.get(client);
      if (!named) {
        named = naming(client);
        wrapped.set(client, named);
      }
      return named;
    },
    end: () => pool.end(),
  };
}
