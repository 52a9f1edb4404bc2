using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>question.published</c>: which question and version went live; not its content or answer key.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="ExternalId">The content team's id for it.</param>
/// <param name="Version">The version now live.</param>
/// <param name="FacetId">The facet it belongs to.</param>
/// <param name="From">The status it left.</param>
/// <param name="ActorId">Who published or approved it; null for a system change.</param>
public sealed record QuestionPublishedData(long QuestionId, string ExternalId, int Version, long FacetId, QuestionStatus From, Guid? ActorId);
