namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>card.leeched</c>: a learner forgot a card so often that its question likely needs rewriting.</summary>
/// <param name="LearnerId">Whose card it is.</param>
/// <param name="CardId">The card.</param>
/// <param name="QuestionId">Its question: content teams watch for questions many learners leech on.</param>
/// <param name="Lapses">Times it was forgotten after being learnt.</param>
/// <param name="Suspended">Whether it was suspended with it (the learner's leech setting).</param>
/// <param name="ClientAttemptId">The answer that made it a leech.</param>
public sealed record CardLeechedData(Guid LearnerId, long CardId, long QuestionId, int Lapses, bool Suspended, string ClientAttemptId);
