namespace AdaptiveLearning.Application.Progress.GetAbility;

/// <param name="Theta">EAP ability on the topic in logits (0 = an average learner).</param>
/// <param name="StandardError">Posterior standard deviation of θ; 1 before any answer.</param>
public sealed record TopicAbility(string Topic, double Theta, double StandardError, int Responses);
