namespace AdaptiveLearning.Application.Questions.GetQuestion;

/// <param name="AsLearner">True for learners: only published, visible questions, without answers.</param>
public sealed record GetQuestionQuery(long Id, bool AsLearner);
