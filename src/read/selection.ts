/**
 * What a client selected, as the planner needs it: for one object type, the fields it asks for,
 * each once per response key (aliases kept apart, the same key merged as GraphQL merges it), with
 * its argument values, fragments and inline fragments followed, `@skip` and `@include` applied.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
  typeFromAST,
} from 'graphql';

/** The document's context: fragments and variable values of the operation being run. */
export interface Operation {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** One response key of a selection on an object type. */
export interface SelectedField {
  /** The key in the answer: the alias, or the field's name. */
  key: string;
  name: string;
  definition: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  /** The field's nodes in the document (several when merged from fragments), first first. */
  nodes: FieldNode[];
  /** The field's own selection sets. */
  selections: SelectionSetNode[];
}

/** The document's context of the request being resolved. */
export function operationOf(info: GraphQLResolveInfo): Operation {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
}

/** The selection sets of the field being resolved (several when merged from fragments). */
export function selectionSetsOf(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** The names of the fields selected directly under the field being resolved (its object type). */
export function fieldsSelectedHere(info: GraphQLResolveInfo): string[] {
  const type = getNamedType(info.returnType) as GraphQLObjectType;
  return selectedFields(operationOf(info), selectionSetsOf(info), type).map((field) => field.name);
}

/**
 * Whether the field being resolved selects nothing on its nodes but `id` (and `__typename`), on
 * every type its value can be: then a node known by id needs no read (its id names its type).
 */
export function selectsIdOnly(info: GraphQLResolveInfo): boolean {
  const operation = operationOf(info);
  const sets = selectionSetsOf(info);
  return possibleTypes(info.schema, getNamedType(info.returnType).name).every((type) =>
    selectedFields(operation, sets, type).every((field) => field.name === 'id'),
  );
}

/** The fields of `type` selected by `sets`: what a value of exactly that type answers. */
export function selectedFields(
  operation: Operation,
  sets: readonly SelectionSetNode[],
  type: GraphQLObjectType,
): SelectedField[] {
  const byKey = new Map<string, { name: string; nodes: FieldNode[] }>();
  for (const set of sets) collect(operation, set, type, byKey);
  const fields: SelectedField[] = [];
  for (const [key, { name, nodes }] of byKey) {
    const definition = type.getFields()[name];
    const first = nodes[0];
    if (!definition || !first) continue; // __typename, or a field validation already refused
    fields.push({
      key,
      name,
      definition,
      args: getArgumentValues(definition, first, operation.variables),
      nodes,
      selections: nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
    });
  }
  return fields;
}

function collect(
  operation: Operation,
  set: SelectionSetNode,
  type: GraphQLObjectType,
  byKey: Map<string, { name: string; nodes: FieldNode[] }>,
): void {
  for (const selection of set.selections) {
    if (!included(operation, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const entry = byKey.get(key) ?? { name: selection.name.value, nodes: [] };
      entry.nodes.push(selection);
      byKey.set(key, entry);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition;
      if (!condition || applies(operation, condition.name.value, type)) {
        collect(operation, selection.selectionSet, type, byKey);
      }
    } else {
      const fragment = operation.fragments[selection.name.value];
      if (fragment && applies(operation, fragment.typeCondition.name.value, type)) {
        collect(operation, fragment.selectionSet, type, byKey);
      }
    }
  }
}

function included(operation: Operation, selection: SelectionNode): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, selection, operation.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, selection, operation.variables);
  return include?.if !== false;
}

/** Whether a fragment on `condition` applies to a value of `type`. */
function applies(operation: Operation, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = typeFromAST(operation.schema, {
    kind: Kind.NAMED_TYPE,
    name: { kind: Kind.NAME, value: condition },
  });
  return (
    conditionType !== undefined &&
    isAbstractType(conditionType) &&
    operation.schema.isSubType(conditionType, type)
  );
}

/** The object types a value of the named type can be (itself, or an interface's or union's). */
export function possibleTypes(schema: GraphQLSchema, name: string): readonly GraphQLObjectType[] {
  const type = schema.getType(name);
  if (!type) return [];
  if (isObjectType(type)) return [type];
  return isAbstractType(type) ? schema.getPossibleTypes(type) : [];
}
