using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.NextQuestions;

/// <param name="Score">The unified score's components in learn and practice sessions; absent where the schedule alone decides.</param>
public sealed record NextQuestion(StudyReason Reason, LearnerQuestion Question, QuestionScore? Score = null);
