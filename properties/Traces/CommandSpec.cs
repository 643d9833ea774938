// Traces: one argument of an operation

namespace SriovVerification.Traces;

/// <summary>One argument of an operation: its key, its kind, and its default (null: required; otherwise omitted when equal).</summary>
internal sealed record ArgumentSpec(string Key, ArgumentKind Kind, object? Default = null);

/// <summary>How one command case (or one enumeration kind) is written: operation name, actor, arguments.</summary>
internal sealed record CommandSpec(
    string Name,
    Actor Actor,
    Func<Command, bool> Matches,
    ArgumentSpec[] Arguments,
    Func<Command, object[]> Values,
    Func<object[], Command> Create);
