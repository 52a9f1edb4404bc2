namespace AdaptiveLearning.Application.Questions;

public sealed record IrtDto(double A, double B, double C, bool Calibrated);
