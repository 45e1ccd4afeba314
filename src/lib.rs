//! Tests and examples of the `interior` workspace.
