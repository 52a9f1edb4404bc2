using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>One question of the simulated bank: its id, the skill (facet) it belongs to and its calibrated IRT parameters.</summary>
internal sealed record BankItem(long Id, string Skill, IrtItem Irt);
