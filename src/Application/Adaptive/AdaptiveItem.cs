using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive;

/// <param name="Calibrated">The IRT parameters were fitted from attempts rather than mapped from the authored difficulty.</param>
public sealed record AdaptiveItem(long QuestionId, long FacetId, string FacetPath, string TopicPath, IrtItem Irt, bool Calibrated);
