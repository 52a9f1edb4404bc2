namespace AdaptiveLearning.Application.Events;

/// <summary>One type of the event catalogue.</summary>
/// <param name="Type">The CloudEvents <c>type</c>, such as <c>answer.recorded</c>.</param>
/// <param name="Data">The record the event's <c>data</c> is serialised from: its shape is the contract.</param>
/// <param name="Summary">When the event is emitted.</param>
/// <param name="Subscribable">Whether a webhook may subscribe to it.</param>
public sealed record EventKind(string Type, Type Data, string Summary, bool Subscribable);
