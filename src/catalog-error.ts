import { UserError } from './cli/errors';

/** A catalog that does not match the schema: one sentence per problem, each naming the kata and the field. */
export class CatalogError extends UserError {
  override name = 'CatalogError';
}
