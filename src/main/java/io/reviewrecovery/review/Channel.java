package io.reviewrecovery.review;

/** How a communication reaches its audience. */
public enum Channel {
  EMAIL,
  /** A direct message through the review platform. */
  PLATFORM_MESSAGE,
  /** A call by an agent; nothing is sent by the application. */
  PHONE,
  /** Posted publicly under the review on the platform. */
  PLATFORM_PUBLIC
}
