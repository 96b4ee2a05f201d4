/**
 * openapi-typescript builds the client's types with TypeScript 5's compiler API; this project compiles with
 * TypeScript 7, which has no JavaScript API. This resolve hook gives openapi-typescript (and only it) the
 * `typescript-5` devDependency when it imports `typescript` (docs/decisions/0008-the-webs-type-source.md).
 */
export async function resolve(specifier, context, next) {
  if (specifier === "typescript" && context.parentURL?.includes("/node_modules/openapi-typescript/")) {
    return next("typescript-5", context);
  }
  return next(specifier, context);
}
