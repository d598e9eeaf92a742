// Jest "dom" project setup: adds the jest-dom matchers (toBeInTheDocument, toHaveTextContent, ...).
import "@testing-library/jest-dom";
