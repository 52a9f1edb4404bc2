namespace AdaptiveLearning.Application.Models;

/// <param name="Trigger">"admin" or "new_attempts"; see <see cref="CorrectnessTrainingJob"/>.</param>
public sealed record TrainingJobPayload(string Trigger);
