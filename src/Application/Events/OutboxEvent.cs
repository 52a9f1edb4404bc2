namespace AdaptiveLearning.Application.Events;

/// <summary>One domain event as it is written to the outbox, in the transaction of the change that causes it.</summary>
/// <param name="Aggregate">What it is about, as <c>kind/id</c> (see <see cref="EventAggregates"/>); order holds per aggregate.</param>
/// <param name="UserId">The learner whose own event stream shows it, if any.</param>
/// <param name="Payload">The event's <c>data</c> as JSON.</param>
public sealed record OutboxEvent(Guid Id, string Type, string Aggregate, Guid? UserId, DateTimeOffset OccurredAt, string Payload);
