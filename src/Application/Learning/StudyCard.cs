using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Learning;

public sealed record StudyCard(long QuestionId, MemoryState Memory);
